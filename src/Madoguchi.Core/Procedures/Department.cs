namespace Madoguchi.Core.Procedures;

/// <summary>A 課 (department) that owns procedures and handles their cases.</summary>
public sealed class Department
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameJa { get; set; }
    public string? NameEn { get; set; }
}
