using PdfSharp.Drawing;

namespace Madoguchi.Core.Cases.Exports.Pdf;

/// <summary>What is drawn on a page, decided before anything is drawn so the page count is known.</summary>
internal abstract record PageOp;

/// <summary>A line of text with its baseline at <paramref name="Baseline"/> (points from the top).</summary>
internal sealed record TextOp(TextLine Line, double X, double Baseline, double Size, XColor Color) : PageOp;

internal sealed record BoxOp(XRect Box, XColor? Fill, XColor? Stroke, double StrokeWidth = 0.5) : PageOp;

internal sealed record CircleOp(XRect Bounds, XColor Stroke, double StrokeWidth) : PageOp;
