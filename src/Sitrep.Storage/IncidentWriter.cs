using System.Data.Common;
using Dapper;
using Sitrep.Incidents;

namespace Sitrep.Storage;

/// <summary>
/// Makes the stored incident records equal to a fresh assembly, inside the caller's transaction,
/// writing only what changed: a record whose JSON is the same is left alone, one that changed is
/// rewritten, one that is gone is removed, and its id is pointed at the record that took over its
/// reports (an incident's id follows its reports, so a new report gives a known incident a new id).
/// </summary>
internal sealed class IncidentWriter(SqlDialect dialect, DbConnection c, DbTransaction tx)
{
    /// <returns>Records written, records removed, and how many there are now.</returns>
    public (int Written, int Removed, int Count) Replace(Assembly assembly, DocumentCache cache)
    {
        var stored = c.Query<(string Id, string Digest, string SortKey)>("SELECT id, digest, sort_key FROM incidents", transaction: tx)
            .ToDictionary(r => r.Id, StringComparer.Ordinal);
        var incidents = assembly.Incidents;
        var keys = SortKeys.Of(incidents);
        var fresh = new Dictionary<string, Incident>(StringComparer.Ordinal);
        foreach (var i in incidents) fresh[i.Id] = i;

        var removed = stored.Keys.Where(id => !fresh.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        var successors = Successors(removed, incidents);
        foreach (var id in removed) Delete(id);
        foreach (var (old, current) in successors) Alias(old, current);

        var written = 0;
        for (var k = 0; k < incidents.Length; k++)
        {
            var incident = incidents[k];
            var sources = incident.Documents.Concat(incident.MentionedIn).Distinct().Select(cache.Find).OfType<AnalyzedDocument>();
            var row = IncidentRow.Of(incident, keys[k], sources);
            if (stored.TryGetValue(incident.Id, out var old))
            {
                if (old.Digest == row.Digest)
                {
                    if (old.SortKey != row.SortKey) c.Execute("UPDATE incidents SET sort_key = @s WHERE id = @id", new { s = row.SortKey, id = row.Id }, tx);
                    continue;
                }
                Delete(incident.Id);
            }
            Insert(incident, row);
            written++;
        }
        // A live id is nobody's alias (an incident can come back when a document's reading changes).
        c.Execute("DELETE FROM incident_aliases WHERE old_id IN (SELECT id FROM incidents)", transaction: tx);
        return (written, removed.Count, incidents.Length);
    }

    /// <summary>For each removed record, the new record sharing most of its reporting documents (ties: the smaller id).</summary>
    private List<(string Old, string Current)> Successors(List<string> removed, IReadOnlyList<Incident> incidents)
    {
        var result = new List<(string, string)>();
        if (removed.Count == 0) return result;
        var byDocument = new Dictionary<string, List<Incident>>(StringComparer.Ordinal);
        foreach (var i in incidents)
            foreach (var d in i.Documents)
                (byDocument.TryGetValue(d, out var list) ? list : byDocument[d] = []).Add(i);
        foreach (var id in removed)
        {
            var documents = c.Query<string>("SELECT document_id FROM incident_documents WHERE incident_id = @id AND relation = 'reports'", new { id }, tx).ToList();
            var best = documents.SelectMany(d => byDocument.GetValueOrDefault(d) ?? [])
                .GroupBy(i => i.Id)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key).FirstOrDefault();
            if (best is not null) result.Add((id, best));
        }
        return result;
    }

    private void Alias(string old, string current)
    {
        c.Execute("UPDATE incident_aliases SET current_id = @current WHERE current_id = @old", new { old, current }, tx);
        c.Execute("DELETE FROM incident_aliases WHERE old_id = @old", new { old }, tx);
        c.Execute("INSERT INTO incident_aliases (old_id, current_id) VALUES (@old, @current)", new { old, current }, tx);
    }

    private void Delete(string id)
    {
        dialect.UnindexIncident(c, tx, id);
        c.Execute("DELETE FROM incident_terms WHERE incident_id = @id", new { id }, tx);
        c.Execute("DELETE FROM incident_documents WHERE incident_id = @id", new { id }, tx);
        c.Execute("DELETE FROM incident_records WHERE id = @id", new { id }, tx);
        c.Execute("DELETE FROM incidents WHERE id = @id", new { id }, tx);
    }

    private void Insert(Incident incident, IncidentRow row)
    {
        var rowKey = c.ExecuteScalar<long>(
            $"""
            INSERT INTO incidents (id, sort_key, role, title, acled_event_type, acled_sub_event_type, gtd_attack_types, date_start, date_end,
                date_precision, location, country, country_code, lat, lon, killed, wounded, perpetrators, document_count, country_key, digest)
            VALUES (@Id, @SortKey, @Role, @Title, @AcledEventType, @AcledSubEventType, @GtdAttackTypes, @DateStart, @DateEnd,
                @DatePrecision, @Location, @Country, @CountryCode, @Lat, @Lon, @Killed, @Wounded, @Perpetrators, @DocumentCount, @CountryKey, @Digest)
            RETURNING {dialect.IncidentRowKey}
            """, row, tx);
        c.Execute("INSERT INTO incident_records (id, json, search_text) VALUES (@Id, @Json, @SearchText)", row, tx);
        dialect.IndexIncident(c, tx, rowKey, row.SearchText);
        c.Execute("INSERT INTO incident_terms (incident_id, facet, value) VALUES (@id, @facet, @value)",
            IncidentRow.Terms(incident).Select(t => new { id = incident.Id, facet = t.Facet, value = t.Value }), tx);
        var relations = incident.Documents.Select(d => (d, "reports"))
            .Concat(incident.MentionedIn.Where(d => !incident.Documents.Contains(d)).Select(d => (d, "mentions")));
        c.Execute("INSERT INTO incident_documents (incident_id, document_id, relation) VALUES (@id, @document, @relation)",
            relations.Select(r => new { id = incident.Id, document = r.Item1, relation = r.Item2 }), tx);
    }
}
