namespace CommunityFp.Registers.Validation;

/// <summary>Everything the contract says about one batch folder: refusals, or per-file row errors and warnings.</summary>
public sealed class BatchValidationReport
{
    public BatchValidationReport(string batchFolder) => BatchFolder = batchFolder;

    public string BatchFolder { get; }
    public BatchManifest? Manifest { get; internal set; }

    /// <summary>Reasons the batch is refused whole; empty when it may load.</summary>
    public List<BatchRefusal> Refusals { get; } = [];

    /// <summary>Per register file, in the catalogue's order.</summary>
    public List<FileValidation> Files { get; } = [];

    public bool IsRefused => Refusals.Count > 0;
    public IEnumerable<RowError> RowErrors => Files.SelectMany(f => f.Errors);
    public IEnumerable<RowWarning> Warnings => Files.SelectMany(f => f.Warnings);
}
