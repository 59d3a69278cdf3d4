namespace Madoguchi.Core.Procedures;

/// <summary>A ライフイベント (moving house, a birth, …) that groups procedures in the catalogue.</summary>
public sealed class LifeEvent
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameJa { get; set; }
    public string? NameEn { get; set; }
    public int SortOrder { get; set; }
}
