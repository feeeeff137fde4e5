using CommunityFp.Etl;

namespace CommunityFp.Dashboard.Data;

/// <summary>Registers the warehouse: this process owns the file (one <see cref="WarehouseLoader"/>) and reads it through <see cref="WarehouseReader"/>.</summary>
public static class WarehouseServices
{
    public static IServiceCollection AddWarehouse(this IServiceCollection services, Func<IServiceProvider, string> databasePath)
    {
        services.AddSingleton(sp =>
        {
            var path = Path.GetFullPath(databasePath(sp));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return WarehouseLoader.Open(path);
        });
        services.AddSingleton(sp => new MartQueryCache(sp.GetRequiredService<WarehouseLoader>().DatabasePath));
        services.AddSingleton<WarehouseReader>();
        services.AddScoped<DashboardData>();
        services.AddSingleton(sp => Uploads.UploadSettings.Limits(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<BatchUploads>();
        return services;
    }
}
