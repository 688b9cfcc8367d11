using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Web;

/// <summary>
/// Checks the <c>X-Api-Key</c> header: every write needs it, and reads too when they are closed.
/// The comparison takes the same time whatever the key, so timing tells nothing about it.
/// </summary>
public sealed class ApiKeyGate(SitrepWebOptions options)
{
    public const string Header = "X-Api-Key";

    public IResult? Check(HttpContext context, bool write)
    {
        if (!write && options.ReadsOpen) return null;
        if (string.IsNullOrEmpty(options.ApiKey))
            return write
                ? Problems.Of(StatusCodes.Status403Forbidden, "Writes are disabled",
                    $"The server has no API key ({SitrepWebOptions.ApiKeyVariable} or --api-key), so it accepts no writes.")
                : Problems.Of(StatusCodes.Status403Forbidden, "Reads are closed",
                    $"Reads need the API key, and the server has none ({SitrepWebOptions.ApiKeyVariable} or --api-key).");
        var given = context.Request.Headers[Header].ToString();
        if (given.Length == 0)
            return Problems.Of(StatusCodes.Status401Unauthorized, "API key required", $"Send the API key in the {Header} header.");
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(options.ApiKey));
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        return CryptographicOperations.FixedTimeEquals(expected, actual)
            ? null
            : Problems.Of(StatusCodes.Status401Unauthorized, "Wrong API key", $"The {Header} header does not hold this server's API key.");
    }
}

/// <summary>Endpoint filters that apply the gate.</summary>
public static class ApiKeyFilters
{
    public static TBuilder RequireKeyForReads<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (ctx, next) =>
            ctx.HttpContext.RequestServices.GetRequiredService<ApiKeyGate>().Check(ctx.HttpContext, write: false) ?? await next(ctx));

    public static TBuilder RequireKeyForWrites<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (ctx, next) =>
            ctx.HttpContext.RequestServices.GetRequiredService<ApiKeyGate>().Check(ctx.HttpContext, write: true) ?? await next(ctx));
}
