using Microsoft.AspNetCore.Mvc;

namespace HuijinCardHub.Orders;

public interface IOrderQueries
{
    IActionResult Show(long orderId);
}
