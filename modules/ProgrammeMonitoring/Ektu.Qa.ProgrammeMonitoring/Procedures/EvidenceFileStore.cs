using Ektu.Qa.Kernel.Files;

namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>
/// Evidence of procedure runs in the Kernel's file store (on disk: <c>ProgrammeMonitoring:FileStorePath</c>, default App_Data/pm-files).
/// </summary>
internal sealed class EvidenceFileStore(IFileStore store) : ModuleFileStore(store, Area)
{
    public static readonly FileStoreArea Area = new("ProgrammeMonitoring", "ProgrammeMonitoring:FileStorePath", Path.Combine("App_Data", "pm-files"));
}
