namespace LinkGraph.Synthetic.World.Honest;

/// <summary>Cuts a crowd's account budget into groups with sizes drawn (log-uniformly) between bounds.</summary>
internal static class GroupSizes
{
    public static List<int> Draw(Random random, int budget, int min, int max)
    {
        var sizes = new List<int>();
        var left = budget;
        while (left > 0)
        {
            var size = (int)Math.Round(WorldParameters.LogUniform(random, min, Math.Max(min, max) + 0.999));
            size = Math.Min(size, left);
            if (left - size < min && left - size > 0)
            {
                // The remainder would be too small for a group of its own: fold it in.
                size = left;
            }

            sizes.Add(size);
            left -= size;
        }

        return sizes;
    }
}
