using CommunityFp.Etl;

// usage: load <warehouse> <batch folder>...   → loads, prints one line per batch, exit 0
//        hold <warehouse> <signal file>        → opens, writes the signal file, waits until killed
//        open <warehouse>                      → tries to open once: exit 0 if it could, 3 with the message if busy
try
{
    switch (args[0])
    {
        case "load":
            using (var loader = WarehouseLoader.Open(args[1]))
                foreach (var b in loader.Load(args[2..]).Batches)
                    Console.WriteLine($"{b.Result} {b.Reason}");
            return 0;
        case "hold":
            using (WarehouseLoader.Open(args[1]))
            {
                File.WriteAllText(args[2], "held");
                Thread.Sleep(Timeout.Infinite);
            }
            return 0;
        case "open":
            using (WarehouseLoader.Open(args[1])) return 0;
        default:
            return 2;
    }
}
catch (WarehouseBusyException e)
{
    Console.WriteLine(e.Message);
    return 3;
}
