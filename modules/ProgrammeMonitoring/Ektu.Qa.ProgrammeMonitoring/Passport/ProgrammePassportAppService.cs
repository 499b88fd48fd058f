using Ektu.Qa.Kernel.Files;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Passport;

/// <summary>Writes a version's passport; the register's read (permission, school scope, 404) decides who may have it.</summary>
internal sealed class ProgrammePassportAppService(IProgrammeAppService programmes, ProgrammeUnits units, PassportWriter writer)
    : IProgrammePassportAppService
{
    public async Task<FileDownload> GetAsync(Guid programmeId, int number, PassportLanguage language, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(language)) throw Kernel.Errors.ValidationException.For("Language", Kernel.Errors.ErrorCodes.InvalidValue);
        var v = await programmes.GetVersionAsync(programmeId, number, ct);
        var all = await units.AllAsync(ct);
        var ms = new MemoryStream();
        writer.Write(v, all.GetValueOrDefault(v.Content.SchoolId), all.GetValueOrDefault(v.Content.DepartmentId), language, ms);
        ms.Position = 0;
        var name = $"passport-{v.Content.Classifier.GroupCode}-v{number}-{language.ToString().ToLowerInvariant()}.docx";
        return new FileDownload(name, FileInspector.ContentType("docx"), ms);
    }
}
