using Ektu.Qa.Kernel.Files;

namespace Ektu.Qa.ProgrammeMonitoring.Passport;

/// <summary>
/// The programme specification (passport) of a version as a Word document in the language the reader picks: every
/// programme field, the learning outcomes, the curriculum with credits and the outcome map with its gaps.
/// </summary>
public interface IProgrammePassportAppService
{
    Task<FileDownload> GetAsync(Guid programmeId, int number, PassportLanguage language, CancellationToken ct = default);
}

/// <summary>The passport's language.</summary>
public enum PassportLanguage
{
    Kk,
    Ru,
    En,
}
