using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Sitrep.Documents;
using Sitrep.Storage;
using Sitrep.Storage.Tests;
using Sitrep.Web;

namespace Sitrep.Web.Tests;

/// <summary>The real server (Kestrel on a free loopback port) over a store holding the seeds, dated 2023-02-18.</summary>
public sealed class WebServer : IAsyncDisposable
{
    public const string ApiKey = "test-key-0123456789";

    private readonly WebApplication _app;

    private WebServer(WebApplication app, IncidentStore store, Uri address)
    {
        _app = app;
        Store = store;
        Address = address;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };
    }

    public IncidentStore Store { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public static async Task<WebServer> Start(StoreLocation location, bool readsOpen = true, long maxRequestBytes = 256 * 1024, bool seeds = true, string? apiKey = ApiKey)
    {
        var store = IncidentStore.Open(location);
        if (seeds) Seeds.Ingest(store, [Seeds.Folder], PublicationDate.Parse("2023-02-18"));
        var options = new SitrepWebOptions { Store = location, ApiKey = apiKey, ReadsOpen = readsOpen, MaxRequestBytes = maxRequestBytes, Urls = "http://127.0.0.1:0" };
        var app = SitrepWebApp.Build(options, store);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WebServer(app, store, new Uri(address.Replace("[::]", "127.0.0.1") + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
