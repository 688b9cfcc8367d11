using System.Text.Json;
using Dapper;

namespace Sitrep.Storage;

/// <summary>The store's read side: lists with filters and paging, an incident's dossier, a document with its evidence spans.</summary>
public sealed class IncidentReader
{
    private readonly IncidentStore _store;

    internal IncidentReader(IncidentStore store) => _store = store;

    public IncidentPage List(IncidentQuery query)
    {
        var pageSize = Math.Clamp(query.PageSize, 1, IncidentQuery.MaxPageSize);
        var page = Math.Max(1, query.Page);
        var (where, parameters) = Filter(query);
        if (where is null) return new IncidentPage(0, page, pageSize, []);
        parameters.Add("limit", pageSize);
        parameters.Add("offset", (long)(page - 1) * pageSize);
        using var c = _store.Connect();
        var total = c.ExecuteScalar<long>($"SELECT COUNT(*) FROM incidents i WHERE {where}", parameters);
        var items = c.Query<IncidentSummary>(
            $"""
            SELECT id AS Id, role AS Role, title AS Title, date_start AS DateStart, date_end AS DateEnd, date_precision AS DatePrecision,
                   location AS Location, country AS Country, country_code AS CountryCode, lat AS Lat, lon AS Lon,
                   acled_event_type AS AcledEventType, acled_sub_event_type AS AcledSubEventType, gtd_attack_types AS GtdAttackTypes,
                   killed AS Killed, wounded AS Wounded, perpetrators AS Perpetrators, document_count AS DocumentCount
            FROM incidents i WHERE {where} ORDER BY sort_key LIMIT @limit OFFSET @offset
            """, parameters).ToList();
        return new IncidentPage(total, page, pageSize, items);
    }

    /// <summary>The WHERE clause for a query, with its parameters; null when the query can match nothing.</summary>
    private (string? Where, DynamicParameters Parameters) Filter(IncidentQuery q)
    {
        var conditions = new List<string> { "1 = 1" };
        var p = new DynamicParameters();
        if (!string.IsNullOrWhiteSpace(q.Text))
        {
            var search = _store.Dialect.SearchQuery(q.Text);
            if (search is null) return (null, p); // punctuation only: no word can match
            conditions.Add(_store.Dialect.SearchCondition);
            p.Add("q", search);
        }
        if (q.From is { } from)
        {
            conditions.Add("date_end >= @from");
            p.Add("from", Iso(from));
        }
        if (q.To is { } to)
        {
            conditions.Add("date_start <= @to");
            p.Add("to", Iso(to));
        }
        if (!string.IsNullOrWhiteSpace(q.Country))
        {
            // Two letters are an ISO code, anything else a name: either way one indexed column.
            var country = q.Country.Trim();
            conditions.Add(country.Length == 2 ? "country_code = @country" : "country_key = @country");
            p.Add("country", country.Length == 2 ? country.ToUpperInvariant() : country.ToLowerInvariant());
        }
        if (!string.IsNullOrWhiteSpace(q.Type))
        {
            conditions.Add("i.id IN (SELECT incident_id FROM incident_terms WHERE facet = 'type' AND value = @type)");
            p.Add("type", q.Type.Trim().ToLowerInvariant());
        }
        if (!string.IsNullOrWhiteSpace(q.Perpetrator))
        {
            conditions.Add("i.id IN (SELECT incident_id FROM incident_terms WHERE facet = 'perpetrator' AND value LIKE @perpetrator ESCAPE '\\')");
            p.Add("perpetrator", "%" + EscapeLike(q.Perpetrator.Trim().ToLowerInvariant()) + "%");
        }
        if (q.Bbox is { } box)
        {
            conditions.Add("lat BETWEEN @south AND @north");
            conditions.Add(box.West <= box.East ? "lon BETWEEN @west AND @east" : "(lon >= @west OR lon <= @east)");
            p.Add("south", box.South);
            p.Add("north", box.North);
            p.Add("west", box.West);
            p.Add("east", box.East);
        }
        if (!string.IsNullOrWhiteSpace(q.Role))
        {
            conditions.Add("role = @role");
            p.Add("role", q.Role.Trim().ToLowerInvariant());
        }
        return (string.Join(" AND ", conditions), p);
    }

    /// <summary>The incident, or null; <paramref name="currentId"/> names the record an old id now points to.</summary>
    public IncidentDossier? Get(string id, out string? currentId)
    {
        using var c = _store.Connect();
        currentId = null;
        var json = c.QueryFirstOrDefault<string>("SELECT json FROM incident_records WHERE id = @id", new { id });
        if (json is null)
        {
            currentId = c.QueryFirstOrDefault<string>("SELECT current_id FROM incident_aliases WHERE old_id = @id", new { id });
            return null;
        }
        var documents = c.Query<DocumentInfo>(
            """
            SELECT d.id AS Id, d.title AS Title, d.published AS Published, d.outlet AS Outlet, d.url AS Url, r.relation AS Relation
            FROM incident_documents r JOIN documents d ON d.id = r.document_id
            WHERE r.incident_id = @id ORDER BY r.relation DESC, d.published, d.id
            """, new { id }).ToList();
        return new IncidentDossier(id, json, documents);
    }

    public StoredDocument? GetDocument(string id)
    {
        using var c = _store.Connect();
        var row = c.QueryFirstOrDefault<(string Id, string? Title, string? Published, string? Outlet, string? Url, string Text)>(
            "SELECT id, title, published, outlet, url, text FROM documents WHERE id = @id", new { id });
        if (row.Id is null) return null;
        var incidents = c.Query<(string Incident, string Relation, string Json)>(
            """
            SELECT r.incident_id, r.relation, j.json FROM incident_documents r
            JOIN incidents i ON i.id = r.incident_id JOIN incident_records j ON j.id = r.incident_id
            WHERE r.document_id = @id ORDER BY i.sort_key
            """, new { id }).ToList();
        var spans = new List<EvidenceSpan>();
        foreach (var (incident, _, json) in incidents)
        {
            using var doc = JsonDocument.Parse(json);
            CollectSpans(doc.RootElement, "", id, incident, spans);
        }
        var distinct = spans.Distinct().OrderBy(s => s.Start).ThenBy(s => s.End).ThenBy(s => s.Field, StringComparer.Ordinal).ToList();
        return new StoredDocument(row.Id, row.Title, row.Published, row.Outlet, row.Url, row.Text,
            [.. incidents.Select(i => (i.Incident, i.Relation))], distinct);
    }

    public long Count(string table = "incidents")
    {
        if (table is not ("incidents" or "documents")) throw new ArgumentOutOfRangeException(nameof(table));
        using var c = _store.Connect();
        return c.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}");
    }

    /// <summary>Every evidence object of the record that cites the document, named by where it sits ("casualties.killed").</summary>
    private static void CollectSpans(JsonElement element, string path, string document, string incident, List<EvidenceSpan> spans)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "evidence" && property.Value.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var e in property.Value.EnumerateArray())
                            if (e.GetProperty("document").GetString() == document)
                                spans.Add(new EvidenceSpan(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), path, incident));
                        continue;
                    }
                    if (path.Length == 0 && property.Name is "history" or "related" or "documents") continue;
                    CollectSpans(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", document, incident, spans);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) CollectSpans(item, path, document, incident, spans);
                break;
        }
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
