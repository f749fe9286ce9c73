namespace ChainGraph.Domain;

public enum EnterpriseStatus
{
    Active,
    Suspended,
    Relocated,
    Closed,
}
