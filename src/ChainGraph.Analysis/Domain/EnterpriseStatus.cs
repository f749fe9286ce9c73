namespace ChainGraph.Analysis.Domain;

public enum EnterpriseStatus
{
    Active,
    Suspended,
    Relocated,
    Closed,
}
