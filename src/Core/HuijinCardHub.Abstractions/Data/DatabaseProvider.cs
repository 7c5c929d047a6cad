namespace HuijinCardHub.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
