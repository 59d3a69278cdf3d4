namespace Madoguchi.Forms.Expressions;

/// <summary>CONTRACT STUB (forms helper owns the design): the result of evaluating an expression.</summary>
public readonly record struct ExpressionValue(object? Raw);