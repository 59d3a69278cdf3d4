namespace Madoguchi.Japanese;

/// <summary>A message shown to a person, in Japanese and English.</summary>
public sealed record Message(string Ja, string En);
