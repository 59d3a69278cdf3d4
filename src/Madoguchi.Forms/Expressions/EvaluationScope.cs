namespace Madoguchi.Forms.Expressions;

/// <summary>CONTRACT STUB (forms helper owns the design): the answers an expression reads, plus today's date.</summary>
public sealed class EvaluationScope;