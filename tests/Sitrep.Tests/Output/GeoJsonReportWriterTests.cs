using System.Text;
using System.Text.Json;
using Sitrep.Output;

namespace Sitrep.Tests.Output;

public sealed class GeoJsonReportWriterTests
{
    private static string Write(Report report)
    {
        using var stream = new MemoryStream();
        GeoJsonReportWriter.Write(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Writes_one_point_per_incident_with_coordinates_and_counts_the_others()
    {
        var report = Seeds.Analyze(null, "000", "004");
        using var json = JsonDocument.Parse(Write(report));
        var root = json.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        var withCoordinates = report.Incidents.Count(i => i.Location.Latitude is not null);
        Assert.Equal(withCoordinates, features.Count);
        Assert.Equal(report.Incidents.Length, root.GetProperty("incidents").GetInt32());
        Assert.Equal(report.Incidents.Length - withCoordinates, root.GetProperty("incidents_without_coordinates").GetInt32());

        // Longitude first (RFC 7946); both seeds' primary incidents are in Karachi, 24.86 N 67.01 E.
        var primaries = features.Where(f => f.GetProperty("properties").GetProperty("role").GetString() == "primary").ToList();
        Assert.Equal(2, primaries.Count);
        foreach (var f in primaries)
        {
            Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString());
            var c = f.GetProperty("geometry").GetProperty("coordinates");
            Assert.InRange(c[0].GetDouble(), 66.9, 67.1);
            Assert.InRange(c[1].GetDouble(), 24.8, 24.95);
            var p = f.GetProperty("properties");
            Assert.Equal("Karachi", p.GetProperty("city").GetString());
            Assert.Equal("PK", p.GetProperty("country_code").GetString());
            Assert.NotEmpty(p.GetProperty("documents").EnumerateArray());
            Assert.False(string.IsNullOrEmpty(p.GetProperty("title").GetString()));
        }
    }

    [Fact]
    public void The_same_report_gives_the_same_bytes()
    {
        var report = Seeds.Analyze(null, "002");
        Assert.Equal(Write(report), Write(report));
    }

    [Fact]
    public void An_empty_report_is_an_empty_collection()
    {
        using var json = JsonDocument.Parse(Write(new Report([], [], [])));
        Assert.Empty(json.RootElement.GetProperty("features").EnumerateArray());
        Assert.Equal(0, json.RootElement.GetProperty("incidents_without_coordinates").GetInt32());
    }
}
