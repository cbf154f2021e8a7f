window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://example.invalid\">Test</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "0",
      "id_str" : "900000000000000401",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "900000000000000401",
      "created_at" : "Wed Sep 14 21:00:00 +0000 2016",
      "favorited" : false,
      "full_text" : "Sky News debate: the last hustings of the Labour leadership race",
      "lang" : "en"
    }
  }
]
