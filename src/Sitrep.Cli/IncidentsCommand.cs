using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Storage;

namespace Sitrep.Cli;

/// <summary><c>sitrep incidents [--db ...] [--q TEXT] [--from DATE] [--to DATE] [--country C] [--type T] [--perpetrator P] [--bbox W,S,E,N]</c></summary>
internal static class IncidentsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var text = new Option<string?>("--q", "--search") { Description = "Full-text search: every word, as a word or a word's start." };
        var from = DateOption("--from", "Incidents on or after this date (YYYY-MM-DD).");
        var to = DateOption("--to", "Incidents on or before this date (YYYY-MM-DD).");
        var country = new Option<string?>("--country") { Description = "ISO 3166 code (PK) or country name." };
        var type = new Option<string?>("--type") { Description = "GTD attack type, or ACLED event or sub-event type." };
        var perpetrator = new Option<string?>("--perpetrator") { Description = "Part of a perpetrator's name or alias." };
        var bbox = new Option<BoundingBox?>("--bbox")
        {
            Description = "Bounding box west,south,east,north in degrees.",
            CustomParser = r =>
            {
                var value = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
                if (BoundingBox.TryParse(value, out var box)) return box;
                r.AddError($"--bbox: '{value}' is not west,south,east,north in degrees.");
                return null;
            },
        };
        var role = new Option<string?>("--role") { Description = "primary or background." };
        role.AcceptOnlyFromAmong("primary", "background");
        var page = new Option<int>("--page") { DefaultValueFactory = _ => 1, Description = "Page number, from 1." };
        var pageSize = new Option<int>("--page-size") { DefaultValueFactory = _ => 50, Description = $"Incidents per page (at most {IncidentQuery.MaxPageSize})." };
        var format = new Option<string>("--format", "-f") { DefaultValueFactory = _ => "table", Description = "table or json." };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("incidents", "List the store's incidents, filtered.")
        {
            db, text, from, to, country, type, perpetrator, bbox, role, page, pageSize, format,
        };
        command.SetAction(result =>
        {
            var store = StoreOpener.Open(result.GetValue(db));
            if (store is null) return ExitCodes.BadArguments;
            var query = new IncidentQuery
            {
                Text = result.GetValue(text), From = result.GetValue(from), To = result.GetValue(to), Country = result.GetValue(country),
                Type = result.GetValue(type), Perpetrator = result.GetValue(perpetrator), Bbox = result.GetValue(bbox), Role = result.GetValue(role),
                Page = result.GetValue(page), PageSize = result.GetValue(pageSize),
            };
            var list = store.Reader.List(query);
            if (result.GetValue(format) == "json") WriteJson(list);
            else WriteTable(list);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<DateOnly?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = r =>
        {
            var value = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            r.AddError($"{name}: '{value}' is not a date (YYYY-MM-DD).");
            return null;
        },
    };

    private static void WriteTable(IncidentPage list)
    {
        var o = Console.Out;
        o.WriteLine($"{"id",-17} {"role",-10} {"date",-10} {"cc",-2} {"killed",6} {"wounded",7}  title");
        foreach (var i in list.Items)
            o.WriteLine($"{i.Id,-17} {i.Role,-10} {i.DateStart ?? "",-10} {i.CountryCode ?? "",-2} {i.Killed?.ToString(CultureInfo.InvariantCulture) ?? "",6} {i.Wounded?.ToString(CultureInfo.InvariantCulture) ?? "",7}  {i.Title}");
        var first = list.Total == 0 ? 0 : (long)(list.Page - 1) * list.PageSize + 1;
        o.WriteLine($"-- {first}-{(long)(list.Page - 1) * list.PageSize + list.Items.Count} of {list.Total} incidents");
    }

    private static void WriteJson(IncidentPage list)
    {
        using var stdout = Console.OpenStandardOutput();
        using var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        IncidentListJson.Write(w, list);
        w.Flush();
        stdout.WriteByte((byte)'\n');
    }
}
