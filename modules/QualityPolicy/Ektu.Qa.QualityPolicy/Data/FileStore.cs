using Ektu.Qa.Kernel.Files;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Ektu.Qa.QualityPolicy.Data;

/// <summary>Edition files under <c>QualityPolicy:FileStorePath</c> (default App_Data/files).</summary>
internal sealed class FileStore(IConfiguration configuration, IHostEnvironment environment)
    : DiskFileStore(configuration, environment, "QualityPolicy:FileStorePath", Path.Combine("App_Data", "files"));
