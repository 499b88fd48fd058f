namespace Ektu.Qa.Kernel.Files;

/// <summary>What <see cref="OoxmlPackage.Judge"/> found.</summary>
internal enum PackageVerdict
{
    Ok,
    TooLarge,
    Unreadable,
}
