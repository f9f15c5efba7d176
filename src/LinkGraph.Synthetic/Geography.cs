namespace LinkGraph.Synthetic;

/// <summary>Countries with their UTC offsets (whole hours, enough for diurnal rhythm) and popularity order.</summary>
public static class Geography
{
    private static readonly (string Code, int Offset)[] Countries =
    [
        ("US", -6), ("IN", 5), ("GB", 0), ("DE", 1), ("BR", -3), ("FR", 1), ("JP", 9), ("CA", -5), ("ID", 7),
        ("AU", 10), ("KR", 9), ("ES", 1), ("IT", 1), ("MX", -6), ("NL", 1), ("PL", 1), ("VN", 7), ("TR", 3),
        ("PH", 8), ("SG", 8), ("NG", 1), ("SE", 1), ("AR", -3), ("ZA", 2), ("EG", 2), ("TH", 7), ("CO", -5),
        ("PK", 5), ("UA", 2), ("KE", 3), ("CH", 1), ("IL", 2), ("AE", 4), ("NZ", 12), ("PT", 0), ("CL", -4),
    ];

    private static readonly ZipfTable Popularity = new(Countries.Length, 1.1);

    public static int Count => Countries.Length;

    public static string Code(int index) => Countries[index].Code;

    public static int UtcOffset(int index) => Countries[index].Offset;

    public static int SampleIndex(SyntheticRandom random) => Popularity.Sample(random);
}
