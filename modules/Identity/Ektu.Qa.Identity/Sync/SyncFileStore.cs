using Ektu.Qa.Kernel.Files;

namespace Ektu.Qa.Identity.Sync;

/// <summary>Uploaded import files and their result files in the Kernel's file store (on disk: <c>Identity:FileStorePath</c>).</summary>
internal sealed class SyncFileStore(IFileStore store) : ModuleFileStore(store, Area)
{
    public static readonly FileStoreArea Area = new("Identity", "Identity:FileStorePath", Path.Combine("App_Data", "files", "identity"));
}
