using Ektu.Qa.Kernel.Files;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Ektu.Qa.QaCommission.Data;

/// <summary>Orders, materials, signed scans and evidence under <c>QaCommission:FileStorePath</c> (default App_Data/qc-files).</summary>
internal sealed class FileStore(IConfiguration configuration, IHostEnvironment environment)
    : DiskFileStore(configuration, environment, "QaCommission:FileStorePath", Path.Combine("App_Data", "qc-files"));
