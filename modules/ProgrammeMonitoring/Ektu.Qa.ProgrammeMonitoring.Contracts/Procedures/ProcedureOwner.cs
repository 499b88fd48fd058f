using Ektu.Qa.Kernel.Localization;

namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>
/// A procedure's owner (a position such as "Dean", not a person) in the reader's language. The Kazakh name is required; a
/// Russian or English one left empty reads as the Kazakh, so a procedure created before the translations were asked for
/// still names its owner.
/// </summary>
public static class ProcedureOwner
{
    public static string Current(string kk, string ru, string en) =>
        LocalizerExtensions.Pick(kk, ru.Length > 0 ? ru : kk, en.Length > 0 ? en : kk);
}
