using System.Text;
using Ektu.Qa.Kernel.Security;
using Microsoft.IdentityModel.Tokens;

namespace Ektu.Qa.Identity.Security;

/// <summary>
/// The key API tokens are signed and checked with: <c>Authentication:SigningKey</c> when configured, else one generated once
/// for every host (<see cref="IClusterSecrets"/>), so a token issued by one host works on the others with no configuration.
/// Loaded at the first token issued or checked, after the migrations, not while the host starts.
/// </summary>
internal sealed class ApiSigningKey(JwtSettings settings, IClusterSecrets secrets)
{
    private SymmetricSecurityKey? _key;

    public SymmetricSecurityKey Key => _key ??= string.IsNullOrEmpty(settings.SigningKey)
        ? new SymmetricSecurityKey(secrets.Get("Identity.ApiSigningKey", 64))
        : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey.PadRight(32, '#')));
}
