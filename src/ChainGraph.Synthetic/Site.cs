using ChainGraph.Domain;

namespace ChainGraph.Synthetic;

/// <summary>
/// Where a generated firm is registered: its <see cref="Location"/> class, the file's district / region / country
/// columns, the 6-digit division code its credit code carries, and the city its Chinese name starts with (null overseas).
/// </summary>
public sealed record Site(Location Kind, string? District, string? Region, string Country, string Division, string? City);
