using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

// An open-loop load generator for `sitrep serve` on loopback: it sends requests at a fixed rate
// (one every 1/rate seconds, whether or not earlier ones have answered) for a fixed time, and
// reports latency percentiles measured from each request's scheduled start, so a slow server
// cannot hide its queueing by slowing the client down (no coordinated omission).
//
//   dotnet run -c Release --project bench/Sitrep.LoadTest -- --url http://127.0.0.1:5080 --rate 200 --seconds 30 --endpoint list
//
// Endpoints: list (GET /api/incidents with a mix of filters and pages), dossier (GET /api/incidents/{id}
// for ids taken from the list), document (GET /api/documents/{id}). Only loopback addresses are accepted.

var options = Options.Parse(args);
var baseUri = new Uri(options.Url.TrimEnd('/') + "/");
if (!IPAddress.TryParse(baseUri.Host, out var address) ? baseUri.Host != "localhost" : !IPAddress.IsLoopback(address))
{
    Console.Error.WriteLine("loadtest: only loopback servers (127.0.0.1, ::1, localhost) are load-tested.");
    return 2;
}
using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    BaseAddress = baseUri,
    Timeout = TimeSpan.FromSeconds(10),
};
var paths = await Paths(client, options.Endpoint, options.Seed);
Console.Error.WriteLine($"loadtest: {options.Endpoint}: {paths.Count} distinct paths, {options.Rate}/s for {options.Seconds} s after {options.WarmupSeconds} s of warm-up");

await Run(client, paths, options.Rate, options.WarmupSeconds, record: false);
var results = await Run(client, paths, options.Rate, options.Seconds, record: true);
var latencies = results.Where(r => r.Ok).Select(r => r.Milliseconds).Order().ToArray();
var errors = results.Count(r => !r.Ok);
double P(double q) => latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
var achieved = results.Count / (double)options.Seconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"endpoint={options.Endpoint} rate={options.Rate}/s achieved={achieved:F1}/s requests={results.Count} errors={errors} " +
    $"p50={P(0.50):F2}ms p90={P(0.90):F2}ms p95={P(0.95):F2}ms p99={P(0.99):F2}ms max={(latencies.Length == 0 ? double.NaN : latencies[^1]):F2}ms"));
return errors == 0 ? 0 : 1;

static async Task<List<Result>> Run(HttpClient client, IReadOnlyList<string> paths, int rate, int seconds, bool record)
{
    var total = rate * seconds;
    var tasks = new List<Task<Result>>(total);
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < total; i++)
    {
        var due = TimeSpan.FromSeconds(i / (double)rate);
        var wait = due - clock.Elapsed;
        if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
        tasks.Add(Send(client, paths[i % paths.Count], clock, due));
    }
    var results = await Task.WhenAll(tasks);
    return record ? [.. results] : [];
}

static async Task<Result> Send(HttpClient client, string path, Stopwatch clock, TimeSpan due)
{
    try
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        var ok = response.IsSuccessStatusCode;
        _ = await response.Content.ReadAsByteArrayAsync();
        return new Result(ok, (clock.Elapsed - due).TotalMilliseconds);
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
    {
        return new Result(false, (clock.Elapsed - due).TotalMilliseconds);
    }
}

static async Task<IReadOnlyList<string>> Paths(HttpClient client, string endpoint, int seed)
{
    var random = new Random(seed);
    var lists = new[]
    {
        "api/incidents", "api/incidents?page=7", "api/incidents?page=150&pageSize=50", "api/incidents?q=Karachi", "api/incidents?q=police%20station",
        "api/incidents?country=PK", "api/incidents?country=Iraq&page=2", "api/incidents?type=Armed%20Assault", "api/incidents?perpetrator=shabaab",
        "api/incidents?from=2018-01-01&to=2018-12-31", "api/incidents?bbox=60,20,75,40", "api/incidents?role=primary&page=3",
        "api/incidents?q=market&from=2016-01-01", "api/incidents?perpetrator=boko&country=NG",
    };
    if (endpoint == "list") return lists;
    var ids = new List<string>();
    for (var page = 1; ids.Count < 2000; page++)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"api/incidents?pageSize=500&page={page}"));
        var items = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        if (items.Count == 0) break;
        ids.AddRange(items);
    }
    var sample = ids.OrderBy(_ => random.Next()).Take(1000).ToList();
    if (endpoint == "dossier") return [.. sample.Select(id => $"api/incidents/{Uri.EscapeDataString(id)}")];
    var documents = new List<string>();
    foreach (var id in sample.Take(200))
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"api/incidents/{Uri.EscapeDataString(id)}"));
        documents.AddRange(json.RootElement.GetProperty("documents").EnumerateArray().Select(d => $"api/documents/{Uri.EscapeDataString(d.GetProperty("id").GetString()!)}"));
    }
    return documents;
}

internal sealed record Result(bool Ok, double Milliseconds);

internal sealed record Options(string Url, int Rate, int Seconds, int WarmupSeconds, string Endpoint, int Seed)
{
    public static Options Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var k = Array.IndexOf(args, name);
            return k >= 0 && k + 1 < args.Length ? args[k + 1] : fallback;
        }
        var endpoint = Get("--endpoint", "list");
        if (endpoint is not ("list" or "dossier" or "document")) throw new ArgumentException("--endpoint is list, dossier or document");
        // Bounded by construction: at most 600 requests per second for at most 300 seconds.
        return new Options(Get("--url", "http://127.0.0.1:5080"), Math.Clamp(int.Parse(Get("--rate", "200"), CultureInfo.InvariantCulture), 1, 600),
            Math.Clamp(int.Parse(Get("--seconds", "30"), CultureInfo.InvariantCulture), 1, 300),
            Math.Clamp(int.Parse(Get("--warmup", "5"), CultureInfo.InvariantCulture), 0, 60), endpoint,
            int.Parse(Get("--seed", "7"), CultureInfo.InvariantCulture));
    }
}
