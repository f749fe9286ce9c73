using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Storage.Import;

/// <summary>
/// Checks an import against itself and against what the store already holds: duplicates, references,
/// chain membership, share sums, the segment DAG. Streams every file once and keeps only compact keys,
/// so a 10M-row supplies file is checked in bounded memory.
/// </summary>
public sealed class ImportValidator
{
    private readonly Dataset _existing;
    private readonly List<ImportIssue> _issues = [];
    private readonly Dictionary<string, int> _rowsRead = [];
    private readonly HashSet<string> _chains;
    private readonly Dictionary<string, string> _segmentChain;
    private readonly Dictionary<string, int> _segmentIndex;
    private readonly List<SegmentLink> _links;
    private readonly EnterpriseIndex _enterprises;
    private readonly MembershipIndex _memberships;
    private readonly Func<Dataset, IReadOnlySet<string>>? _checklistItems;

    /// <param name="existing">What the store holds.</param>
    /// <param name="checklistItems">
    /// The ids of the current checklist's items, computed on demand when the import holds projects only (see
    /// <see cref="ProjectItemCheck"/>): a project whose item is not among them gets a warning. Null skips that check.
    /// </param>
    public ImportValidator(Dataset existing, Func<Dataset, IReadOnlySet<string>>? checklistItems = null)
    {
        _checklistItems = checklistItems;
        _existing = existing;
        _chains = [.. existing.Chains.Select(c => c.Id)];
        _segmentChain = existing.Segments.ToDictionary(s => s.Id, s => s.ChainId);
        _segmentIndex = [];
        foreach (var segment in existing.Segments) SegmentIndex(segment.Id);
        _links = [.. existing.SegmentLinks];
        _enterprises = new EnterpriseIndex(existing.Enterprises);
        _memberships = new MembershipIndex(existing, SegmentIndex);
    }

    /// <summary>
    /// Where the memberships and supplies the validation accepts are kept for the store's write (see
    /// <see cref="ValidatedRows"/>); null keeps none. They are all of the files' rows when the report is accepted.
    /// </summary>
    internal ValidatedRows? KeptRows { get; init; }

    /// <summary>Validates every file of the plan; returns the report (accepted when it holds no error).</summary>
    public ImportReport Validate(ImportPlan plan, CancellationToken cancellationToken = default)
    {
        _issues.AddRange(plan.Source.Issues);
        CheckChains(plan, cancellationToken);
        CheckSegments(plan, cancellationToken);
        CheckSegmentLinks(plan, cancellationToken);
        CheckEnterprises(plan, cancellationToken);
        CheckMemberships(plan, cancellationToken);
        new SupplyChecks(this, _existing, KeptRows?.Supplies).Run(plan, cancellationToken);
        CheckEvents(plan, cancellationToken);
        CheckProjects(plan, cancellationToken);
        KeptRows?.Identify(_enterprises.Ids(), SegmentIds());
        return new ImportReport(_issues, _rowsRead);
    }

    private IEnumerable<(T Record, int Line)> Rows<T>(ImportPlan plan, RecordKind kind, Func<RowReader, T> parse, CancellationToken token)
    {
        var name = plan.Source.Files.FirstOrDefault(f => f.Spec.Kind == kind)?.Path;
        var count = 0;
        foreach (var row in ReadAhead.Of(Parsed(plan, kind, parse), token))
        {
            token.ThrowIfCancellationRequested();
            if (row.Issues is { } issues) _issues.AddRange(issues);
            if (row.Line < 0) continue;
            count++;
            if (row.Valid) yield return (row.Record, row.Line);
        }
        if (name is not null) _rowsRead[name] = count;
    }

    // The file is parsed on the other core while this one checks the rows. Each row carries the issues the parse raised
    // since the row before, and a last item with no line those after the last row, so the report lists them in the order
    // one thread would have.
    private static IEnumerable<ParsedRow<T>> Parsed<T>(ImportPlan plan, RecordKind kind, Func<RowReader, T> parse)
    {
        var issues = new List<ImportIssue>();
        ImportIssue[]? Raised()
        {
            if (issues.Count == 0) return null;
            var raised = issues.ToArray();
            issues.Clear();
            return raised;
        }
        foreach (var (record, line, valid) in plan.Read(kind, parse, issues)) yield return new(record, line, valid, Raised());
        if (Raised() is { } last) yield return new(default!, -1, false, last);
    }

    private readonly record struct ParsedRow<T>(T Record, int Line, bool Valid, ImportIssue[]? Issues);

    // Called per row: a plain loop over the few files, without a closure to allocate.
    private static string FileOf(ImportPlan plan, RecordKind kind)
    {
        foreach (var file in plan.Source.Files)
        {
            if (file.Spec.Kind == kind) return file.Path;
        }
        throw new InvalidOperationException($"the import has no {kind} file");
    }

    internal void Error(string file, int line, string? column, string message) => _issues.Add(new(file, line, column, message));

    internal void Warning(string file, int line, string? column, string message) =>
        _issues.Add(new(file, line, column, message, IssueSeverity.Warning));

    private void CheckChains(ImportPlan plan, CancellationToken token)
    {
        var lines = new Dictionary<string, int>();
        foreach (var (chain, line) in Rows(plan, RecordKind.Chains, RecordParser.Chain, token))
        {
            if (Duplicate(lines, chain.Id, line, FileOf(plan, RecordKind.Chains), "id", "chain")) continue;
            _chains.Add(chain.Id);
        }
    }

    private void CheckSegments(ImportPlan plan, CancellationToken token)
    {
        var lines = new Dictionary<string, int>();
        foreach (var (segment, line) in Rows(plan, RecordKind.Segments, RecordParser.Segment, token))
        {
            var file = FileOf(plan, RecordKind.Segments);
            if (Duplicate(lines, segment.Id, line, file, "id", "segment")) continue;
            if (!_chains.Contains(segment.ChainId)) Error(file, line, "chain_id", $"unknown chain '{segment.ChainId}'");
            else if (_segmentChain.TryGetValue(segment.Id, out var chain) && chain != segment.ChainId)
                Error(file, line, "chain_id",
                    $"segment '{segment.Id}' already belongs to chain '{chain}'; a segment cannot move between chains");
            _segmentChain[segment.Id] = segment.ChainId;
            SegmentIndex(segment.Id);
        }
    }

    private void CheckSegmentLinks(ImportPlan plan, CancellationToken token)
    {
        var seen = new HashSet<(string, string)>(_links.Select(l => (l.From, l.To)));
        var incoming = new Dictionary<(string, string), int>();
        foreach (var (link, line) in Rows(plan, RecordKind.SegmentLinks, RecordParser.SegmentLink, token))
        {
            var file = FileOf(plan, RecordKind.SegmentLinks);
            if (!incoming.TryAdd((link.From, link.To), line))
            {
                Error(file, line, "to", $"duplicate link {link.From} → {link.To} (also on line {incoming[(link.From, link.To)]})");
                continue;
            }
            if (!KnownSegment(file, line, "from", link.From) | !KnownSegment(file, line, "to", link.To)) continue;
            if (_segmentChain[link.From] != _segmentChain[link.To])
                Error(file, line, "to",
                    $"{link.From} is in chain '{_segmentChain[link.From]}' but {link.To} is in '{_segmentChain[link.To]}'");
            else if (seen.Add((link.From, link.To))) _links.Add(link);
        }
        var cycle = SegmentCycle.Find(_links);
        if (cycle is not null && incoming.Count > 0)
        {
            // Blame the cycle on the last-listed of its links in this import.
            var line = cycle.Zip(cycle.Skip(1)).Select(link => incoming.GetValueOrDefault(link)).Max();
            Error(FileOf(plan, RecordKind.SegmentLinks), line, "to", $"segment links form a cycle: {string.Join(" → ", cycle)}");
        }
    }

    private void CheckEnterprises(ImportPlan plan, CancellationToken token)
    {
        var lines = new Dictionary<string, int>();
        foreach (var (enterprise, line) in Rows(plan, RecordKind.Enterprises, RecordParser.Enterprise, token))
        {
            if (Duplicate(lines, enterprise.Id, line, FileOf(plan, RecordKind.Enterprises), "id", "enterprise")) continue;
            _enterprises.Add(enterprise.Id, enterprise.AnnualOutput);
        }
    }

    private void CheckMemberships(ImportPlan plan, CancellationToken token)
    {
        var lines = new Dictionary<(int, int), int>();
        foreach (var (membership, line) in Rows(plan, RecordKind.Memberships, RecordParser.Membership, token))
        {
            var file = FileOf(plan, RecordKind.Memberships);
            var enterprise = KnownEnterprise(file, line, "enterprise_id", membership.EnterpriseId);
            if (!KnownSegment(file, line, "segment_id", membership.SegmentId) || enterprise < 0) continue;
            var segment = SegmentIndex(membership.SegmentId);
            if (!lines.TryAdd((enterprise, segment), line))
            {
                Error(file, line, "segment_id",
                    $"duplicate: {membership.EnterpriseId} is already in {membership.SegmentId} on line {lines[(enterprise, segment)]}");
                continue;
            }
            _memberships.Add(enterprise, segment, _segmentChain[membership.SegmentId]);
            KeptRows?.Memberships.Add(new ValidatedMembership(enterprise, segment, membership.Role));
            if (membership.Role == SegmentRole.Owner && _enterprises.Output(enterprise) < DengfengTiers.ChainOwnerMinimumOutput)
                Warning(file, line, "role", $"chain owners have annual output ≥ {DengfengTiers.ChainOwnerMinimumOutput}亿 ({PolicyCitation.Manufacturing(12).En}); this one has {_enterprises.Output(enterprise)}");
        }
    }

    private void CheckEvents(ImportPlan plan, CancellationToken token)
    {
        var lines = new Dictionary<(int, DateOnly, EventType), int>();
        foreach (var (e, line) in Rows(plan, RecordKind.Events, RecordParser.Event, token))
        {
            var file = FileOf(plan, RecordKind.Events);
            var enterprise = KnownEnterprise(file, line, "enterprise_id", e.EnterpriseId);
            if (enterprise >= 0 && !lines.TryAdd((enterprise, e.Date, e.Type), line))
                Error(file, line, "type",
                    $"duplicate event: the same enterprise, date and type are on line {lines[(enterprise, e.Date, e.Type)]}");
        }
    }

    private void CheckProjects(ImportPlan plan, CancellationToken token)
    {
        if (!plan.Has(RecordKind.Projects)) return;
        var file = FileOf(plan, RecordKind.Projects);
        var lines = new Dictionary<string, int>();
        foreach (var (project, line) in Rows(plan, RecordKind.Projects, RecordParser.Project, token))
        {
            if (Duplicate(lines, project.Id, line, file, "id", "project")) continue;
            if (!_chains.Contains(project.ChainId)) Error(file, line, "chain_id", $"unknown chain '{project.ChainId}'");
            else if (project.SegmentId is { } segment && KnownSegment(file, line, "segment_id", segment)
                && _segmentChain[segment] != project.ChainId)
                Error(file, line, "segment_id", $"segment '{segment}' is in chain '{_segmentChain[segment]}', not '{project.ChainId}'");
            KnownEnterprise(file, line, "lead_enterprise_id", project.LeadEnterpriseId);
            foreach (var partner in project.Partners) KnownEnterprise(file, line, "partners", partner);
        }
        if (_checklistItems is not null && !ProjectItemCheck.ChangesChecklist(plan) && !_issues.Any(i => i.Severity == IssueSeverity.Error))
            _issues.AddRange(ProjectItemCheck.Warnings(plan, _checklistItems(_existing)));
    }

    internal IEnumerable<(Supply Record, int Line)> SupplyRows(ImportPlan plan, CancellationToken token) =>
        Rows(plan, RecordKind.Supplies, RecordParser.Supply, token);

    internal EnterpriseIndex Enterprises => _enterprises;

    internal MembershipIndex Memberships => _memberships;

    /// <summary>An upper bound on <see cref="SegmentIndex"/> of every known segment (the store's and the import's).</summary>
    internal int SegmentCount => Math.Max(_segmentChain.Count, _segmentIndex.Count);

    internal string? ChainOf(string segmentId) => _segmentChain.GetValueOrDefault(segmentId);

    /// <summary>The id of every <see cref="SegmentIndex"/>.</summary>
    internal IndexIds SegmentIds()
    {
        var ids = new string[_segmentIndex.Count];
        foreach (var (id, index) in _segmentIndex) ids[index] = id;
        return new IndexIds([], ids);
    }

    internal int SegmentIndex(string id)
    {
        if (!_segmentIndex.TryGetValue(id, out var index)) _segmentIndex[id] = index = _segmentIndex.Count;
        return index;
    }

    internal bool KnownSegment(string file, int line, string column, string id)
    {
        if (id.Length == 0) return false;
        if (_segmentChain.ContainsKey(id)) return true;
        Error(file, line, column, $"unknown segment '{id}'");
        return false;
    }

    internal int KnownEnterprise(string file, int line, string column, string id)
    {
        // Looked up first: every row reaching here had its codes checked by RowReader, so a found id needs no second check.
        var index = id.Length == 0 ? -1 : _enterprises.IndexOf(id);
        if (index >= 0 || id.Length == 0 || !CreditCode.IsValid(id)) return index;
        Error(file, line, column, $"enterprise '{id}' does not exist (not in enterprises and not in the store)");
        return -1;
    }

    private bool Duplicate<TKey>(Dictionary<TKey, int> lines, TKey key, int line, string file, string column,
        string what) where TKey : notnull
    {
        if (lines.TryAdd(key, line)) return false;
        Error(file, line, column, $"duplicate {what} id '{key}' (first on line {lines[key]})");
        return true;
    }
}
