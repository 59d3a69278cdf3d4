namespace Madoguchi.Japanese.Phone;

/// <summary>A phone number in one canonical form: <see cref="Formatted"/> is stored and shown; <see cref="Digits"/> is for comparison.</summary>
public sealed record PhoneNumber(string Digits, string Formatted, PhoneNumberKind Kind);
