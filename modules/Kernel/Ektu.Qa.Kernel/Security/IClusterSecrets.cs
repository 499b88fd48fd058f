namespace Ektu.Qa.Kernel.Security;

/// <summary>
/// Random secrets that every host of the application must share (an API token signing key), generated once by whichever
/// host needs one first and kept in the database, protected with the shared data-protection key ring: no host's
/// configuration or local folder has to carry them.
/// </summary>
public interface IClusterSecrets
{
    /// <summary>The secret called <paramref name="name"/>, <paramref name="length"/> random bytes when it is first made.</summary>
    byte[] Get(string name, int length);
}
