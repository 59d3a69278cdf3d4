namespace Madoguchi.Forms.Definitions.Parsing;

/// <summary>
/// Bounds on a definition so that a hostile or broken upload costs little: checked before and while
/// parsing, never by recursion deeper than MaxJsonDepth.
/// </summary>
public static class DefinitionLimits
{
    public const int MaxChars = 2_000_000;
    public const int MaxJsonDepth = 64;
    public const int MaxPages = 100;
    public const int MaxComponents = 2_000;
    public const int MaxGroupNesting = 3;
    public const int MaxChoices = 1_000;
    public const int MaxValidations = 50;
    public const int MaxStringLength = 10_000;
}
