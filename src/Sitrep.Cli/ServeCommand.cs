using System.CommandLine;
using Sitrep.Web;

namespace Sitrep.Cli;

/// <summary><c>sitrep serve [--db FILE|URL] [--urls URLS] [--api-key KEY] [--closed-reads] [--max-request-mb N]</c></summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (semicolon-separated).",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = $"The key writes (POST /api/articles) must send in X-Api-Key. Default: ${SitrepWebOptions.ApiKeyVariable}; with neither, writes are refused.",
        };
        var closedReads = new Option<bool>("--closed-reads") { Description = "Reads need the API key too." };
        var maxRequestMb = new Option<int>("--max-request-mb")
        {
            Description = "The largest request body accepted, in megabytes.",
            DefaultValueFactory = _ => 4,
        };
        var command = new Command("serve", "Serve the store: the JSON API (/api, described at /openapi/v1.json) and the web page (/).")
        {
            db, urls, apiKey, closedReads, maxRequestMb,
        };
        command.SetAction(result =>
        {
            var store = StoreOpener.Open(result.GetValue(db));
            if (store is null) return ExitCodes.BadArguments;
            var key = result.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(SitrepWebOptions.ApiKeyVariable);
            var options = new SitrepWebOptions
            {
                Store = store.Location,
                ApiKey = string.IsNullOrEmpty(key) ? null : key,
                ReadsOpen = !result.GetValue(closedReads),
                MaxRequestBytes = Math.Max(1, result.GetValue(maxRequestMb)) * 1024L * 1024L,
                Urls = result.GetValue(urls)!,
            };
            var app = SitrepWebApp.Build(options, store);
            Console.Error.WriteLine($"sitrep: serving {store.Location.Display} on {options.Urls} (writes {(options.ApiKey is null ? "disabled: no API key" : "need X-Api-Key")}; reads {(options.ReadsOpen ? "open" : "need X-Api-Key")})");
            app.Run();
            return ExitCodes.Success;
        });
        return command;
    }
}
