using System.Globalization;
using System.Text;

using Microsoft.AspNetCore.Html;

using static System.Net.WebUtility;

namespace Madoguchi.Web.Staff.Dashboard;

/// <summary>One bar: its full label (for the title and the table), a short axis label, and the number.</summary>
internal sealed record Bar(string Label, string? AxisLabel, int Value);

/// <summary>
/// Bar charts drawn on the server as inline SVG: role="img" named by its title and described by a
/// sentence with the figures, so a screen reader gets the gist and the table beside it the detail.
/// Colours come from classes in site.css; no style attribute and no script, as the CSP requires.
/// </summary>
internal static class SvgChart
{
    private const double Width = 640;

    /// <summary>Vertical bars along a time axis (e.g. applications per day).</summary>
    public static IHtmlContent Columns(string id, string title, string description, IReadOnlyList<Bar> bars)
    {
        const double height = 230, left = 44, right = 8, top = 12, plotBottom = 190;
        var max = NiceMax(bars.Count == 0 ? 0 : bars.Max(b => b.Value));
        var svg = Open(id, title, description, height);
        Grid(svg, max, left, Width - right, top, plotBottom);
        var slot = (Width - left - right) / Math.Max(1, bars.Count);
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var h = (plotBottom - top) * b.Value / max;
            var x = left + (i * slot) + (slot * 0.15);
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"chart-bar\" x=\"{N(x)}\" y=\"{N(plotBottom - h)}\" width=\"{N(slot * 0.7)}\" height=\"{N(h)}\"><title>{HtmlEncode(b.Label)}: {b.Value}</title></rect>");
            if (b.AxisLabel is { } label)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label\" x=\"{N(x + (slot * 0.35))}\" y=\"{N(plotBottom + 18)}\" text-anchor=\"middle\">{HtmlEncode(label)}</text>");
            }
        }
        return Close(svg);
    }

    /// <summary>Horizontal bars with their names and numbers written out (e.g. open cases by status).</summary>
    public static IHtmlContent Rows(string id, string title, string description, IReadOnlyList<Bar> bars)
    {
        const double labelWidth = 150, rowHeight = 34, top = 8, numberWidth = 60;
        var height = top + (bars.Count * rowHeight) + 8;
        var max = NiceMax(bars.Count == 0 ? 0 : bars.Max(b => b.Value));
        var svg = Open(id, title, description, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = top + (i * rowHeight);
            var w = (Width - labelWidth - numberWidth) * b.Value / max;
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label\" x=\"{N(labelWidth - 8)}\" y=\"{N(y + 21)}\" text-anchor=\"end\">{HtmlEncode(b.AxisLabel ?? b.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"chart-bar\" x=\"{N(labelWidth)}\" y=\"{N(y + 6)}\" width=\"{N(w)}\" height=\"{N(rowHeight - 12)}\"><title>{HtmlEncode(b.Label)}: {b.Value}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-value\" x=\"{N(labelWidth + w + 6)}\" y=\"{N(y + 21)}\">{b.Value}</text>");
        }
        return Close(svg);
    }

    /// <summary>The axis maximum: 1, 2 or 5 times a power of ten, at least the largest value.</summary>
    public static int NiceMax(int value)
    {
        var nice = 1;
        while (nice < value)
        {
            nice = nice.ToString(CultureInfo.InvariantCulture)[0] switch
            {
                '1' => nice * 2,
                '2' => nice / 2 * 5,
                _ => nice * 2,
            };
        }
        return nice;
    }

    private static StringBuilder Open(string id, string title, string description, double height)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {N(Width)} {N(height)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{HtmlEncode(title)}</title><desc id=\"{id}-desc\">{HtmlEncode(description)}</desc>");
        return svg;
    }

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static void Grid(StringBuilder svg, int max, double left, double right, double top, double bottom)
    {
        foreach (var step in (int[])[0, max / 2, max])
        {
            if (step == max / 2 && max % 2 == 1)
            {
                continue;
            }
            var y = bottom - ((bottom - top) * step / max);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-grid\" x1=\"{N(left)}\" x2=\"{N(right)}\" y1=\"{N(y)}\" y2=\"{N(y)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label\" x=\"{N(left - 6)}\" y=\"{N(y + 4)}\" text-anchor=\"end\">{step}</text>");
        }
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
