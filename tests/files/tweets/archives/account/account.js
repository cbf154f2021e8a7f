window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "demo@example.invalid",
      "createdVia" : "web",
      "username" : "demo_reporter",
      "accountId" : "800000000000000001",
      "createdAt" : "2012-01-01T00:00:00.000Z",
      "accountDisplayName" : "Demo Reporter"
    }
  }
]
