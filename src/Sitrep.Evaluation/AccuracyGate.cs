using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Resources;

namespace Sitrep.Evaluation;

/// <summary>A recorded floor: the lowest value a metric on a corpus may take.</summary>
public sealed record Floor(string Corpus, string Metric, double Value, int Line);

/// <summary>A metric that fell below its floor, or could not be found at all.</summary>
public sealed record GateFailure(Floor Floor, double? Actual)
{
    public override string ToString() => Actual is { } a
        ? string.Create(CultureInfo.InvariantCulture, $"{Floor.Corpus}: '{Floor.Metric}' is {a:0.000}, below its floor {Floor.Value:0.000} (floors file line {Floor.Line})")
        : $"{Floor.Corpus}: no metric '{Floor.Metric}' in the scores (floors file line {Floor.Line})";
}

/// <summary>
/// The accuracy gate: scores on fixed corpora against floors recorded in a TSV file of the
/// repository (<c>eval/floors.tsv</c>: corpus, metric, floor). A drop below a floor fails the
/// build with the metric and the floor named; raising a floor is editing one line.
/// </summary>
public static class AccuracyGate
{
    /// <summary>Scores are reported to four decimals; a floor copied from a report must pass.</summary>
    public const double Tolerance = 1e-4;

    public static ImmutableArray<Floor> ReadFloors(string path)
    {
        var table = ResourceTable.Parse(path, File.ReadAllText(path));
        return [.. table.Rows.Select(row =>
        {
            if (!double.TryParse(row["floor"], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 1e9)
                throw row.Error($"floor '{row["floor"]}' is not a number");
            return new Floor(row["corpus"], row["metric"], value, row.Line);
        })];
    }

    public static ImmutableArray<GateFailure> Check(IEnumerable<Floor> floors, Scorecard card) =>
    [
        .. floors.Select(f => (Floor: f, Row: card[f.Metric]))
            .Where(x => x.Row is null || x.Row.Sitrep < x.Floor.Value - Tolerance)
            .Select(x => new GateFailure(x.Floor, x.Row?.Sitrep)),
    ];
}
