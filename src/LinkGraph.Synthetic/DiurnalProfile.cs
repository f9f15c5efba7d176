namespace LinkGraph.Synthetic;

/// <summary>When in the local day an account is active.</summary>
public enum DiurnalProfile
{
    Consumer = 0,
    Work = 1,
    Student = 2,
    Flat = 3,
}
