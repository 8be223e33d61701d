"""The exceptions of the SAX interface."""


class SAXException(Exception):
    """A SAX error or warning; may wrap another exception."""

    def __init__(self, msg, exception=None):
        self._msg = msg
        self._exception = exception
        Exception.__init__(self, msg)

    def getMessage(self):
        return self._msg

    def getException(self):
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, ix):
        raise AttributeError('__getitem__')


class SAXParseException(SAXException):
    """An error in the XML document, with its location taken from the parser's locator."""

    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator
        self._systemId = self._locator.getSystemId()
        self._colnum = self._locator.getColumnNumber()
        self._linenum = self._locator.getLineNumber()

    def getColumnNumber(self):
        return self._colnum

    def getLineNumber(self):
        return self._linenum

    def getPublicId(self):
        return self._locator.getPublicId()

    def getSystemId(self):
        return self._systemId

    def __str__(self):
        sysid = self.getSystemId()
        if sysid is None:
            sysid = '<unknown>'
        line = self.getLineNumber()
        if line is None:
            line = '?'
        col = self.getColumnNumber()
        if col is None:
            col = '?'
        return f'{sysid}:{line}:{col}: {self._msg}'


class SAXNotRecognizedException(SAXException):
    """A feature or property name the reader does not know."""


class SAXNotSupportedException(SAXException):
    """A feature or property the reader knows but cannot set to that value."""


class SAXReaderNotAvailable(SAXNotSupportedException):
    """No parser driver could be loaded."""
