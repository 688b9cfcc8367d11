using System.Globalization;
using Sitrep.Recognizers.Numbers;

namespace Sitrep.Incidents;

/// <summary>A figure as words: "7", "at least 4", "more than 80", "2 to 3".</summary>
public static class FigureText
{
    public static string Of(Figure f) => f.Qualifier switch
    {
        Qualifier.AtLeast => $"at least {f.Value}",
        Qualifier.MoreThan => $"more than {f.Value}",
        Qualifier.About when f.High is { } h && h != f.Value => $"{f.Value} to {h}",
        Qualifier.About => $"about {f.Value}",
        Qualifier.AtMost => $"at most {f.Value}",
        _ => f.Value.ToString(CultureInfo.InvariantCulture),
    };
}
