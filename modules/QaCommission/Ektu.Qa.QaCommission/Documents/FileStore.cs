using Ektu.Qa.Kernel.Files;

namespace Ektu.Qa.QaCommission.Documents;

/// <summary>
/// Orders, materials, signed scans and evidence in the Kernel's file store (on disk: <c>QaCommission:FileStorePath</c>,
/// default App_Data/qc-files).
/// </summary>
internal sealed class FileStore(IFileStore store) : ModuleFileStore(store, Area)
{
    public static readonly FileStoreArea Area = new("QaCommission", "QaCommission:FileStorePath", Path.Combine("App_Data", "qc-files"));
}
