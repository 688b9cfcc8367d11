using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>How the server runs: which store, which key guards writes, whether reads need it too, how large a request may be.</summary>
public sealed record SitrepWebOptions
{
    public const string ApiKeyVariable = "SITREP_API_KEY";

    public required StoreLocation Store { get; init; }

    /// <summary>The key every write must present in <c>X-Api-Key</c>; with none, writes are refused.</summary>
    public string? ApiKey { get; init; }

    /// <summary>When false, reads need the key as well.</summary>
    public bool ReadsOpen { get; init; } = true;

    /// <summary>The largest request body accepted (a posted article), in bytes.</summary>
    public long MaxRequestBytes { get; init; } = 4 * 1024 * 1024;

    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Where the page's files are: wwwroot beside the binaries.</summary>
    public string WebRoot { get; init; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");
}
