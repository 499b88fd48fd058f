namespace Ektu.Qa.Kernel.Web.Uploads;

/// <summary>
/// What a module accepts as an upload: at most <see cref="MaxBytes"/>, a name of at most <see cref="FileNameMax"/>
/// characters, content of one of <see cref="AllowedKinds"/> (<see cref="Files.FileInspector"/> kinds); a missing or empty
/// file is <see cref="RequiredCode"/> on <see cref="Field"/>.
/// </summary>
public sealed record UploadRules(long MaxBytes, int FileNameMax, string RequiredCode, IReadOnlyList<string> AllowedKinds)
{
    public string Field { get; init; } = "File";
}
