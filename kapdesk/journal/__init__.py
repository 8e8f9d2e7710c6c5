"""The local database: the money-operation journal and the index of every order seen."""
