using System.ComponentModel.DataAnnotations;
using System.Net;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed. Empty by default: then
/// the headers are ignored and the client address is the connection's, so a client cannot pick its own.
/// </summary>
public sealed class TrustedProxyOptions : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies, e.g. 10.0.0.5 or fd00::5.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>CIDR networks of trusted proxies, e.g. 10.0.0.0/8.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < KnownProxies.Count; i++)
        {
            if (!IPAddress.TryParse(KnownProxies[i], out _))
            {
                yield return new ValidationResult(
                    $"{Section}:KnownProxies:{i} must be an IP address such as 10.0.0.5; it is '{KnownProxies[i]}'.", [nameof(KnownProxies)]);
            }
        }

        for (var i = 0; i < KnownNetworks.Count; i++)
        {
            if (!System.Net.IPNetwork.TryParse(KnownNetworks[i], out _))
            {
                yield return new ValidationResult(
                    $"{Section}:KnownNetworks:{i} must be a CIDR network such as 10.0.0.0/8; it is '{KnownNetworks[i]}'.", [nameof(KnownNetworks)]);
            }
        }
    }
}
