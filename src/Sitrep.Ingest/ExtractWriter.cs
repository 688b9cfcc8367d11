using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Ingest;

/// <summary>
/// Writes what Sitrep read, before any analysis, one record per article: id, title, publication
/// date, outlet, byline, URL, language, dateline (place, date, agency) and the cleaned text, which
/// is the text every evidence offset of <c>sitrep analyze</c> refers to (headline first). For
/// checking the reading step alone, as trafilatura's command line is used.
/// </summary>
public sealed class ExtractWriter(Stream output, bool asText)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public void Write(Document doc, string path)
    {
        if (asText) WriteText(doc, path);
        else WriteJson(doc, path);
    }

    private void WriteJson(Document doc, string path)
    {
        using (var w = new Utf8JsonWriter(output, Options))
        {
            w.WriteStartObject();
            w.WriteString("id", doc.Id);
            w.WriteString("title", doc.Title);
            w.WriteString("published", doc.Published?.ToString());
            w.WriteString("outlet", doc.Outlet);
            w.WriteString("byline", doc.Byline);
            w.WriteString("url", doc.Url);
            w.WriteString("language", doc.Language);
            if (doc.Dateline is { } d)
            {
                w.WriteStartObject("dateline");
                w.WriteString("text", doc.TextOf(d.Span));
                w.WriteString("place", d.Place);
                w.WriteString("date", d.DateSpan is { } s ? doc.TextOf(s) : null);
                w.WriteString("agency", d.Agency);
                w.WriteEndObject();
            }
            else w.WriteNull("dateline");
            w.WriteString("source", path);
            w.WriteString("text", doc.Text);
            w.WriteEndObject();
        }
        output.Write(NewLine);
    }

    private void WriteText(Document doc, string path)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(doc.Id).Append('\n');
        void Field(string name, string? value)
        {
            if (value is not null) sb.Append(name).Append(": ").Append(value).Append('\n');
        }
        Field("title", doc.Title);
        Field("published", doc.Published?.ToString());
        Field("outlet", doc.Outlet);
        Field("byline", doc.Byline);
        Field("url", doc.Url);
        Field("language", doc.Language);
        if (doc.Dateline is { } d)
            Field("dateline", $"{d.Place}{(d.DateSpan is { } s ? $", {doc.TextOf(s)}" : "")}{(d.Agency is { } a ? $" ({a})" : "")}");
        Field("source", path);
        sb.Append('\n').Append(doc.Text).Append("\n\n");
        output.Write(Encoding.UTF8.GetBytes(sb.ToString()));
    }
}
