using System.Text.Json;

using Madoguchi.Forms.Expressions.Nodes;

namespace Madoguchi.Forms.Expressions;

/// <summary>What an operator's builder sees: its operands, still as JSON, and how to compile them.</summary>
internal readonly record struct OperatorInput(JsonElement Array, string Path, KeyScope Scope, CompileContext Context, int Depth)
{
    public int Count => Array.GetArrayLength() - 1;

    public JsonElement Raw(int index) => Array[index + 1];

    public string PathOf(int index) => $"{Path}[{index + 1}]";

    public Node? Operand(int index) => Operand(index, Scope);

    public Node? Operand(int index, KeyScope scope) =>
        ExpressionCompiler.CompileNode(Raw(index), PathOf(index), scope, Context, Depth + 1);

    /// <summary>Compiles every operand; null when any failed (its problem is already recorded).</summary>
    public Node[]? Operands()
    {
        var nodes = new Node[Count];
        var ok = true;
        for (var i = 0; i < Count; i++)
        {
            var node = Operand(i);
            ok &= node is not null;
            nodes[i] = node!;
        }
        return ok ? nodes : null;
    }
}
