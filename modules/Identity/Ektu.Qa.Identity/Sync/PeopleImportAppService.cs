using System.Text.Json;
using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Import;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Identity.Sync;

internal sealed class PeopleImportAppService(
    IDbSession db, SyncFileStore files, PeopleSync people, SyncRunLog runs, ICurrentUser user, IClock clock,
    AuditContext<IdentityContractsModule> audit, IStringLocalizer l, LocalizationStore texts)
    : IPeopleImportAppService
{
    /// <summary>10 MiB holds well over 50,000 rows of CSV; the import itself stops at <see cref="MaxPeople"/>.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    public const int MaxPeople = 50_000;

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<ImportPreviewDto> PreviewAsync(string? fileName, Stream? content, string? mappingName, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Sync.Default);
        if (content == null || string.IsNullOrWhiteSpace(fileName)) throw ValidationException.For("File", ErrorCodes.Required);
        var name = Path.GetFileName(fileName.Trim());
        if (name.Length > 200) throw ValidationException.For("File", ErrorCodes.TooLong);
        var bytes = await UploadBuffer.ReadAsync(content, MaxBytes, "File", ct);
        if (bytes.Length == 0) throw ValidationException.For("File", ErrorCodes.Required);
        var kind = TableFile.Kind(bytes) ?? throw ValidationException.For("File", IdentityErrorCodes.ImportUnreadable);
        if (kind == "xlsx") FileInspector.Check(bytes, ["xlsx"]);
        var rows = Read(bytes, kind);
        var (path, _) = await files.SaveAsync(bytes, "." + kind, ct);
        var id = Guid.NewGuid();
        await db.ExecuteAsync("""
            INSERT INTO id_sync_uploads (id, file_name, kind, path, created_at, created_by) VALUES (@id, @name, @kind, @path, @now, @By)
            """, new { id, name, kind, path, now = clock.UtcNow, audit.By }, ct);
        // Not audited: the file changes nothing until it is imported, and the import's run names it.
        return await PreviewOfAsync(id, name, rows, mappingName, ct);
    }

    public async Task<ImportPreviewDto> GetPreviewAsync(Guid uploadId, string? mappingName, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Sync.Default);
        var (upload, rows) = await LoadAsync(uploadId, ct);
        return await PreviewOfAsync(uploadId, upload.FileName, rows, mappingName, ct);
    }

    private async Task<ImportPreviewDto> PreviewOfAsync(Guid id, string name, List<string[]> rows, string? mappingName, CancellationToken ct)
    {
        var headers = rows[0].Select(h => h.Trim()).ToList();
        var saved = string.IsNullOrWhiteSpace(mappingName) ? null : await LoadMappingAsync(mappingName.Trim(), ct);
        var mapping = ImportFields.All
            .Select(f => (Field: f, Column: saved?.GetValueOrDefault(f) is { } c && headers.Contains(c) ? c : Guess(f, headers)))
            .Where(m => m.Column != null).ToDictionary(m => m.Field, m => m.Column!);
        return new ImportPreviewDto(id, name, headers, rows.Skip(1).Take(10).ToList(), rows.Count - 1, mapping);
    }

    private async Task<((string FileName, string Kind, string Path) Upload, List<string[]> Rows)> LoadAsync(Guid uploadId, CancellationToken ct)
    {
        var upload = await db.QuerySingleOrDefaultAsync<(string FileName, string Kind, string Path)>(
            "SELECT file_name, kind, path FROM id_sync_uploads WHERE id = @uploadId", new { uploadId }, ct);
        if (upload.Path == null) throw new EntityNotFoundException("SyncUpload", uploadId);
        byte[] bytes;
        await using (var stream = files.OpenRead(upload.Path))
            bytes = await UploadBuffer.ReadAsync(stream, MaxBytes, "File", ct);
        return (upload, Read(bytes, upload.Kind));
    }

    public async Task<SyncBatchResult> ImportAsync(Guid uploadId, IReadOnlyDictionary<string, string>? mapping, string? saveAs,
        CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Sync.Default);
        var started = clock.UtcNow;
        var (upload, rows) = await LoadAsync(uploadId, ct);
        var headers = rows[0].Select(h => h.Trim()).ToList();
        var columns = Columns(mapping ?? new Dictionary<string, string>(), headers);
        var parsed = new List<(int Row, SyncPersonInput? Person, SyncItemResult? Failure)>();
        for (var r = 1; r < rows.Count; r++)
        {
            if (rows[r].All(string.IsNullOrWhiteSpace)) continue;
            parsed.Add(Parse(rows[r], r, columns));
        }
        var items = parsed.Where(p => p.Failure != null).Select(p => p.Failure!).ToList();
        var valid = parsed.Where(p => p.Person != null).ToList();
        var chunks = valid.Chunk(IdentityConsts.SyncBatchMax).ToList();
        for (var c = 0; c < chunks.Count; c++)
        {
            var chunk = chunks[c];
            var results = await people.UpsertAsync(chunk.Select(x => x.Person!).ToList(), ct);
            items.AddRange(results.Select(x => x with { Index = chunk[x.Index].Row }));
            // Each batch commits on its own, as a pushed one would: the transaction, its locks and the audit entries written at
            // the commit stay bounded (a 20,000-row file in one commit would outgrow MariaDB's 16 MiB max_allowed_packet).
            if (c < chunks.Count - 1 && db.Transaction != null)
            {
                await db.CommitAsync(ct);
                await db.BeginAsync(ct);
            }
        }
        items.Sort((a, b) => a.Index.CompareTo(b.Index));
        var localized = items.Select(i => i with { Message = i.Message == null ? null : l[i.Message].Value }).ToList();
        var resultFile = await WriteResultAsync(localized, ct);
        var runId = await runs.RecordAsync(SyncRunKind.Import, "Person", upload.FileName, started, clock.UtcNow, audit.By, items, ct, resultFile);
        if (!string.IsNullOrWhiteSpace(saveAs)) await SaveMappingAsync(saveAs.Trim(), columns.ToDictionary(c => c.Key, c => headers[c.Value]), ct);
        return new SyncBatchResult(runId, SyncSummary.Of(items), localized);
    }

    public async Task<IReadOnlyList<string>> GetMappingNamesAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Sync.Default);
        return await db.QueryAsync<string>("SELECT name FROM id_sync_mappings ORDER BY name", ct: ct);
    }

    public async Task<FileDownload> GetResultFileAsync(Guid runId, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Sync.Default);
        var path = await runs.FindResultFileAsync(runId, ct) ?? throw new EntityNotFoundException("SyncRun", runId);
        return new FileDownload($"sync-result-{runId:N}.xlsx", XlsxType, files.OpenRead(path));
    }

    private static List<string[]> Read(byte[] bytes, string kind)
    {
        try
        {
            var rows = TableFile.Read(bytes, kind, MaxPeople + 1);
            if (rows.Count == 0 || rows[0].All(string.IsNullOrWhiteSpace)) throw ValidationException.For("File", IdentityErrorCodes.ImportNoHeader);
            return [.. rows];
        }
        catch (TableFileException e)
        {
            throw ValidationException.For("File", e.TooManyRows ? IdentityErrorCodes.ImportTooManyRows : IdentityErrorCodes.ImportUnreadable);
        }
    }

    /// <summary>Field → column index; every required field must name one of the file's headers.</summary>
    private static Dictionary<string, int> Columns(IReadOnlyDictionary<string, string> mapping, List<string> headers)
    {
        var check = new Check();
        var columns = new Dictionary<string, int>();
        foreach (var field in ImportFields.All)
        {
            var header = mapping.GetValueOrDefault(field)?.Trim();
            if (string.IsNullOrEmpty(header))
            {
                if (ImportFields.Required.Contains(field)) check.Add("Mapping." + field, ErrorCodes.Required);
                continue;
            }
            var index = headers.IndexOf(header);
            if (index < 0) check.Add("Mapping." + field, IdentityErrorCodes.ImportUnknownColumn);
            else columns[field] = index;
        }
        check.ThrowIfAny();
        return columns;
    }

    private (int Row, SyncPersonInput? Person, SyncItemResult? Failure) Parse(string[] cells, int r, Dictionary<string, int> columns)
    {
        string? Cell(string field) =>
            columns.TryGetValue(field, out var i) && i < cells.Length && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i].Trim() : null;
        var externalId = Cell(ImportFields.ExternalId);
        SyncItemResult Fail(string field, string code) => new(r, externalId, SyncOutcome.Failed, field, code);
        var kindText = Cell(ImportFields.Kind);
        // The registrar's file may say "Student", "Обучающийся" or "Білім алушы": the code or its name in any culture.
        var kind = Enum.GetValues<SyncPersonKind>().Cast<SyncPersonKind?>().FirstOrDefault(k =>
            string.Equals(kindText, k.ToString(), StringComparison.OrdinalIgnoreCase) || LocalizationStore.Cultures.Any(c =>
                string.Equals(kindText, texts.Find($"Enum:{nameof(SyncPersonKind)}.{k}", c), StringComparison.OrdinalIgnoreCase)));
        if (kind == null) return (r, null, Fail(ImportFields.Kind, kindText == null ? ErrorCodes.Required : ErrorCodes.InvalidValue));
        int? year = null;
        if (Cell(nameof(SyncPersonInput.StudyYear)) is { } y)
        {
            if (!int.TryParse(y, out var parsedYear)) return (r, null, Fail(nameof(SyncPersonInput.StudyYear), ErrorCodes.InvalidValue));
            year = parsedYear;
        }
        return (r, new SyncPersonInput(externalId!, kind.Value, Cell(ImportFields.FullName)!, Cell(nameof(SyncPersonInput.UserName)),
            Cell(nameof(SyncPersonInput.Email)), Cell(ImportFields.UnitExternalId)!, Cell(nameof(SyncPersonInput.Position)),
            Cell(nameof(SyncPersonInput.Programme)), year, Cell(nameof(SyncPersonInput.StudyForm)), Cell(nameof(SyncPersonInput.StudyLanguage))),
            null);
    }

    private async Task<string> WriteResultAsync(List<SyncItemResult> items, CancellationToken ct)
    {
        using var output = new MemoryStream();
        ExcelWriter.Write(output, l["Identity:Sync.Result"].Value,
        [
            new ExcelColumn<SyncItemResult>(l["Identity:Sync.Row"].Value, i => i.Index + 1),
            new ExcelColumn<SyncItemResult>(l["Identity:Sync.ExternalId"].Value, i => i.ExternalId),
            new ExcelColumn<SyncItemResult>(l["Identity:Sync.Outcome"].Value, i => l.Enum(i.Outcome)),
            new ExcelColumn<SyncItemResult>(l["Identity:Sync.Message"].Value, i => i.Field == null ? i.Message : $"{i.Field}: {i.Message}"),
        ], items);
        return (await files.SaveAsync(output.ToArray(), ".xlsx", ct)).RelativePath;
    }

    private static string? Guess(string field, List<string> headers) =>
        headers.FirstOrDefault(h => string.Equals(h.Replace(" ", "").Replace("_", ""), field, StringComparison.OrdinalIgnoreCase));

    private async Task<Dictionary<string, string>?> LoadMappingAsync(string name, CancellationToken ct) =>
        await db.ExecuteScalarAsync<string>("SELECT columns_text FROM id_sync_mappings WHERE name = @name", new { name }, ct) is { } json
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) : null;

    private async Task SaveMappingAsync(string name, Dictionary<string, string> mapping, CancellationToken ct)
    {
        if (name.Length > 100) throw ValidationException.For("SaveAs", ErrorCodes.TooLong);
        var before = await LoadMappingAsync(name, ct);
        var json = JsonSerializer.Serialize(mapping);
        await db.ExecuteAsync(db.Dialect.Upsert("id_sync_mappings", "name, columns_text, updated_at, updated_by", "@name, @json, @now, @By", "name",
            ["columns_text", "updated_at", "updated_by"]), new { name, json, now = clock.UtcNow, audit.By }, ct);
        await audit.WriteAsync("SyncMapping", SyncIds.Of(name), before == null ? "Created" : "Updated",
            [new AuditChange("Name", null, name), new AuditChange("Columns", before == null ? null : JsonSerializer.Serialize(before), json)], ct);
    }
}
