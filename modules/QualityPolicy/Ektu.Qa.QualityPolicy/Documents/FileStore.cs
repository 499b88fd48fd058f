using Ektu.Qa.Kernel.Files;

namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>Edition files in the Kernel's file store (on disk: <c>QualityPolicy:FileStorePath</c>, default App_Data/files).</summary>
internal sealed class FileStore(IFileStore store) : ModuleFileStore(store, Area)
{
    public static readonly FileStoreArea Area = new("QualityPolicy", "QualityPolicy:FileStorePath", Path.Combine("App_Data", "files"));
}
