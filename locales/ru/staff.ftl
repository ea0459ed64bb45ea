# Russian — staff.ftl: messages of staff accounts and access control
error-staff-login-failed = Неверный адрес электронной почты или пароль, либо учётная запись отключена.
error-forbidden = Ваша роль не позволяет выполнять здесь это действие.
error-csrf-rejected = Этот запрос пришёл не со страниц этого сайта. Перезагрузите страницу и попробуйте ещё раз.
error-invitation-invalid = Это приглашение недействительно: оно уже было использовано, или срок его действия истёк.
error-weak-password = Выберите более длинный пароль. Минимальное число символов: { $length }.
error-staff-not-found = В службе этой страны нет такого сотрудника.
error-mail-delivery-failed = Сейчас не удалось отправить электронное письмо. Пожалуйста, повторите попытку через несколько минут.
error-staff-email-registered = Сотрудник с этим адресом электронной почты уже существует.
staff-invitation-subject = Ваше приглашение в службу вакцинации CoWIN: { $country }
staff-invitation-body = { $name }, вас пригласили в службу вакцинации CoWIN ({ $country }) в роли «{ $role }». Чтобы задать пароль, используйте в течение { $days } дн. этот код: { $token }
